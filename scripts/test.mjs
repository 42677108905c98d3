// `npm test`'s runner: starts WebKitWebDriver (WebKit is driven over WebDriver
// and needs a display: run this under `xvfb-run -a`), waits until it answers,
// runs @web/test-runner in Chromium, Firefox and WebKit, and stops the driver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

/** A free port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the driver answers /status; gives up after `ms`. */
async function ready(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s`);
}

let driver;
const env = { ...process.env };
if (wanted.includes('webkit')) {
  if (!process.env.DISPLAY) {
    console.error('WebKit needs a display: run `xvfb-run -a node scripts/test.mjs` (npm test does), or set BROWSERS=chromium,firefox.');
    process.exit(1);
  }
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  driver.on('error', (e) => {
    console.error(`Could not start WebKitWebDriver (apt-get install webkit2gtk-driver): ${e.message}`);
    process.exit(1);
  });
  await ready(port, 15_000);
}

const wtr = spawn('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit', env });
const code = await new Promise((resolve) => wtr.on('exit', (c) => resolve(c ?? 1)));
driver?.kill();
process.exit(code);
