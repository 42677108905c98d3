import { expect } from '@open-wc/testing';

// The classic script on department pages under a Content-Security-Policy, each page echoed
// by the test server with its policy (test/server/echo.mjs) and opened in a frame. The page
// is at /echo, the script — loaded `async` — and its chunks in /dist/.
interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}
type Card = HTMLElement & { loadComplete: Promise<void>; state: string; error?: string };

const page = (nonce = ''): string => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>A department page under a policy</title>
    <script src="/test/fixtures/locked-probe.js"${nonce && ` nonce="${nonce}"`}></script>
    <script src="/dist/job-posting.global.js" async${nonce && ` nonce="${nonce}"`}></script>
  </head>
  <body>
    <job-posting id="json">
      <script type="application/json">
        { "title": "Research Engineer", "closes": "2030-11-15T12:00", "applyUrl": "https://my.corehr.com/x?p_recruitment_id=1" }
      </script>
    </job-posting>
    <job-posting id="markdown" src="/test/fixtures/pages/one-vacancy.md"></job-posting>
  </body>
</html>`;

const base64url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Opens the page (its scripts with `nonce`) under `csp` in a frame and waits until both cards show what they were given. */
async function open(csp: string, nonce = ''): Promise<{ win: ProbeWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/echo?type=text/html&csp=${encodeURIComponent(csp)}&body=${base64url(page(nonce))}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as ProbeWindow & typeof globalThis;
  await win.customElements.whenDefined('job-posting');
  const doc = frame.contentDocument as Document;
  for (const el of doc.querySelectorAll<Card>('job-posting')) await el.loadComplete;
  return { win, doc, frame };
}

const card = (doc: Document, id: string): Card => doc.getElementById(id) as Card;

describe('dist/job-posting.global.js under a Content-Security-Policy', () => {
  it("works where the policy allows the script's host, with no 'unsafe-eval', and under Trusted Types with its policy allowed", async () => {
    const { win, doc, frame } = await open(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify job-posting-chunks",
    );
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(card(doc, 'json').state).to.equal('open');
    expect(card(doc, 'markdown').state).to.equal('closed');
    expect(card(doc, 'markdown').shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Postdoctoral Research Assistant in Robust Vision');
    frame.remove();
  });

  it("passes its nonce on to its chunks where the policy allows scripts by nonce alone", async () => {
    const { win, doc, frame } = await open("script-src 'nonce-r4nd0m'", 'r4nd0m');
    expect(win.__violations).to.deep.equal([]);
    expect(card(doc, 'json').state).to.equal('open');
    expect(card(doc, 'markdown').state).to.equal('closed');
    frame.remove();
  });

  it('says which chunk it could not load where the policy allows only the script itself', async () => {
    const { origin } = location;
    const { win, doc, frame } = await open(`script-src ${origin}/dist/job-posting.global.js ${origin}/test/fixtures/locked-probe.js`);
    // A JSON page needs no chunk.
    expect(card(doc, 'json').state).to.equal('open');
    const markdown = card(doc, 'markdown');
    expect(markdown.state).to.equal('error');
    expect(markdown.error).to.match(/^Could not load http:\/\/[^ ]+\/dist\/global-markdown-[\w-]{8}\.js, a part of http:\/\/[^ ]+\/dist\/job-posting\.global\.js/);
    expect(win.__violations.some((v) => v.includes('/dist/global-markdown-'))).to.equal(true);
    frame.remove();
  });

  it('names the Trusted Types policy a page must allow for the chunks', async () => {
    const { doc, frame } = await open("require-trusted-types-for 'script'; trusted-types lit-html dompurify");
    expect(card(doc, 'json').state).to.equal('open');
    expect(card(doc, 'markdown').error).to.match(/Trusted Types; allow the policy "job-posting-chunks"/);
    frame.remove();
  });
});
