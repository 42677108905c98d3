/** Counts written as words in adverts: "two posts", "(Three positions)". */

import { own } from './own.js';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The number a word names, "one" to "ten" in any case; undefined for any other word. */
export function numberWord(word: string): number | undefined {
  const key = word.trim().toLowerCase();
  return own(NUMBER_WORDS, key);
}
