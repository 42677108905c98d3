/**
 * Why and where JSON text is broken, in the same words in every browser
 * (engines' own messages differ, and some give no position). Loaded only
 * when a document fails to parse, so valid pages never download it.
 */

import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  EndOfFileExpected: 'the document should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number stops short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an unknown escape after "\\"',
  InvalidCharacter: 'a control character inside a string (write it as an escape)',
};

/**
 * "The JSON is broken at line 3, column 13: a value was expected", or
 * undefined when the text is valid JSON.
 */
export function explainJsonError(text: string): string | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const { line, column } = lineAndColumn(text, first.offset);
  return `The JSON is broken at line ${line}, column ${column}: ${REASONS[printParseErrorCode(first.error)] ?? 'unexpected text'}`;
}
