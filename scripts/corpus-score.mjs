// Scoring for `npm run corpus`: what the cards of one page showed against
// what the page's labels say. Plain functions of plain data (no browser, no
// files), so the rules below are the whole definition of "right".
//
// Matching cards to labelled vacancies. Both are in page order, so the match
// is an order-preserving alignment (like a diff), not "card i is vacancy i":
// one spurious card at the top ("Open positions") must not make every later
// card wrong. A card may stand for a vacancy only on evidence — a title of
// which at least half the words agree, the same deadline, or the same apply
// link — and of all alignments the one with the most evidence wins (title
// word agreement 0–1, deadline 1, apply link 1), earlier pairs first on ties.
// Then:
// - a matched pair scores each field (title, deadline, apply link, …);
// - a labelled vacancy no card stands for is *missing*: every field wrong;
// - a card standing for no labelled vacancy is *extra*: it costs the page's
//   `count` field (cards ≠ labelled vacancies) and nothing else;
// - a page is all right when its count and every field are right (so it has
//   no missing and no extra card).
//
// Wrong deadlines shown, the number that must stay at zero, are counted apart
// from the fields: a matched card showing a deadline other than its label's
// (including one where the label has none), and an extra card showing a
// deadline that no labelled vacancy on the page has. A card showing no
// deadline where one is labelled loses the field but misleads nobody.

/** Title as compared: the same words; spacing and Unicode composition aside. */
export function normTitle(title) {
  return title == null ? null : title.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const words = (s) => new Set((s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of words two titles have in common (Dice coefficient), 0–1. */
export function titleSimilarity(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Offset of `zone` from UTC at `instant`, in ms. */
function offsetAt(instant, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - instant;
}

/**
 * The moment a deadline closes: an instant as written, a date `YYYY-MM-DD` at
 * the end of that day in `zone` (as the card counts down to it). Comparing
 * moments rather than strings lets "midnight on 22 May", labelled as the
 * instant ending that day, agree with a card that shows the date 22 May.
 */
export function closingMoment(value, zone) {
  if (value == null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(value);
  const [y, m, d] = value.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d + 1);
  // Twice: the offset an hour either side of a change of clocks can differ.
  let instant = wall - offsetAt(wall, zone);
  instant = wall - offsetAt(instant, zone);
  return instant;
}

/** Whether a shown deadline (or none) agrees with the labelled one (or none). */
export function sameDeadline(shown, labelled, zone) {
  if (shown == null || labelled == null) return shown == labelled;
  return shown === labelled || closingMoment(shown, zone) === closingMoment(labelled, zone);
}

/** A link as the browser would follow it from the page at `base`. */
export function resolveUrl(url, base) {
  if (url == null) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * How much says that `card` stands for `label` (0: nothing does).
 * @param {{title: string|null, closes: string|null, applyUrl: string|null}} label  applyUrl resolved
 */
function evidence(label, card, zone) {
  const t = titleSimilarity(label.title, card.title);
  const d = label.closes != null && sameDeadline(card.closes, label.closes, zone) ? 1 : 0;
  const a = label.applyUrl != null && card.applyUrl === label.applyUrl ? 1 : 0;
  return (t >= 0.5 ? t : 0) + d + a;
}

/**
 * The order-preserving alignment of labelled vacancies and cards with the
 * most evidence: `pairs` as [labelIndex, cardIndex], in page order.
 */
export function align(labels, cards, zone) {
  const n = labels.length;
  const m = cards.length;
  const best = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const e = evidence(labels[i], cards[j], zone);
      best[i][j] = Math.max(e > 0 ? e + best[i + 1][j + 1] : 0, best[i + 1][j], best[i][j + 1]);
    }
  }
  const pairs = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const e = evidence(labels[i], cards[j], zone);
    if (e > 0 && best[i][j] === e + best[i + 1][j + 1]) pairs.push([i++, j++]);
    else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}

/**
 * How each field is compared: `same(shown, labelled, page)`. Fields a corpus
 * does not label are left out by the caller.
 */
export const FIELD_RULES = {
  title: (a, b) => normTitle(a) === normTitle(b),
  closes: (a, b, page) => sameDeadline(a, b, page.timeZone),
  applyUrl: (a, b) => a === b,
};
const exact = (a, b) => a === b;

/**
 * Scores one page. `page`: `{file, timeZone, baseUrl, vacancies, otherSections?}`
 * from the labels; `got`: `{cards, notes, state, error?}` from the browser.
 * `fields`: the per-vacancy fields this corpus labels.
 */
export function scorePage(page, got, fields) {
  const labels = page.vacancies.map((v) => ({ ...v, applyUrl: resolveUrl(v.applyUrl ?? null, page.baseUrl) }));
  const cards = got.cards;
  const pairs = align(labels, cards, page.timeZone);
  const cardOf = new Map(pairs);
  const matched = new Set(pairs.map(([, j]) => j));
  const results = []; // {field, right}
  const misses = []; // lines for the developer
  const wrongDeadlines = [];
  const vacancies = []; // per labelled vacancy: the card standing for it and its wrong fields
  const check = (field, right, line) => {
    results.push({ field, right });
    if (!right && line) misses.push(line);
  };
  // Links on the page itself are shown as the page wrote them.
  const here = page.baseUrl ? new URL('.', page.baseUrl).href : undefined;
  const show = (v) => (v == null ? '—' : JSON.stringify(here && typeof v === 'string' && v.startsWith(here) ? v.slice(here.length) : v));

  check('count', cards.length === labels.length, `${labels.length} labelled, ${cards.length} card${cards.length === 1 ? '' : 's'}${got.error ? ` (${got.error})` : ''}`);
  labels.forEach((want, i) => {
    const j = cardOf.get(i);
    const name = `#${i + 1} ${show(want.title)}`;
    if (j === undefined) {
      for (const field of fields) check(field, false);
      vacancies.push({ title: want.title, card: null, wrong: fields });
      misses.push(`${name}: missing (closes ${show(want.closes)}, apply ${show(want.applyUrl)})`);
      return;
    }
    const have = cards[j];
    const wrong = fields.filter((field) => {
      const right = (FIELD_RULES[field] ?? exact)(have[field] ?? null, want[field] ?? null, page);
      check(field, right);
      return !right;
    });
    vacancies.push({ title: want.title, card: j + 1, wrong });
    const says = wrong.map((field) => `${field} ${show(have[field] ?? null)} ≠ ${show(want[field] ?? null)}`);
    if (wrong.length) misses.push(`${name} ← card ${j + 1}: ${says.join('; ')}`);
    if (have.closes != null && !sameDeadline(have.closes, want.closes, page.timeZone)) {
      wrongDeadlines.push({ file: page.file, card: have.title, shown: have.closes, labelled: want.closes ?? null, warned: have.warning ?? null });
    }
  });
  cards.forEach((have, j) => {
    if (matched.has(j)) return;
    misses.push(`extra card ${j + 1} ${show(have.title)} (closes ${show(have.closes)}, apply ${show(have.applyUrl)})`);
    const stated = labels.some((l) => l.closes != null && sameDeadline(have.closes, l.closes, page.timeZone));
    if (have.closes != null && !stated) {
      wrongDeadlines.push({ file: page.file, card: have.title, shown: have.closes, labelled: null, warned: have.warning ?? null, extra: true });
    }
  });
  if (page.otherSections !== undefined) {
    const right = JSON.stringify(got.notes) === JSON.stringify(page.otherSections);
    check('notes', right, `notes ${JSON.stringify(got.notes)} ≠ ${JSON.stringify(page.otherSections)}`);
  }
  const right = results.filter((r) => r.right).length;
  return {
    file: page.file,
    labelled: labels.length,
    cards: cards.length,
    fieldsRight: right,
    fields: results.length,
    allRight: right === results.length,
    vacancies,
    extraCards: cards.map((_, j) => j + 1).filter((n) => !matched.has(n - 1)),
    results,
    misses,
    wrongDeadlines,
  };
}

/** Totals per field and overall for a corpus's scored pages. */
export function totals(pages, fieldOrder) {
  const byField = Object.fromEntries(fieldOrder.map((f) => [f, { right: 0, of: 0 }]));
  for (const p of pages) {
    for (const { field, right } of p.results) {
      byField[field] ??= { right: 0, of: 0 };
      byField[field].of++;
      if (right) byField[field].right++;
    }
  }
  return {
    byField,
    fieldsRight: pages.reduce((s, p) => s + p.fieldsRight, 0),
    fields: pages.reduce((s, p) => s + p.fields, 0),
    pagesRight: pages.filter((p) => p.allRight).length,
    pageCount: pages.length,
    wrongDeadlines: pages.flatMap((p) => p.wrongDeadlines),
  };
}
