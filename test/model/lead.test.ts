import { expect } from '@open-wc/testing';
import { splitLead } from '../../src/model/lead.js';

describe('splitLead', () => {
  const table: [string, string, [string, string]][] = [
    ['paragraphs', '<p>One.</p>\n<p>Two.</p>', ['<p>One.</p>', '\n<p>Two.</p>']],
    ['one paragraph: nothing to fold', '<p>One.</p>\n', ['<p>One.</p>', '']],
    ['headings lead into the first paragraph', '<h2>Role</h2><p>One.</p><p>Two.</p>', ['<h2>Role</h2><p>One.</p>', '<p>Two.</p>']],
    ['inline tags and breaks inside', '<p>A <strong>b</strong><br>c <img src="x.png" alt="a>b"></p><ul><li>d</li></ul>', ['<p>A <strong>b</strong><br>c <img src="x.png" alt="a>b"></p>', '<ul><li>d</li></ul>']],
    ['a list first', '<ul><li><p>a</p></li><li>b</li></ul><p>c</p>', ['<ul><li><p>a</p></li><li>b</li></ul>', '<p>c</p>']],
    ['text with no block', 'Just text <em>here</em>.', ['Just text <em>here</em>.', '']],
    ['self-closing SVG', '<p><svg><path d="M0"/></svg></p><p>b</p>', ['<p><svg><path d="M0"/></svg></p>', '<p>b</p>']],
    ['empty', '', ['', '']],
  ];
  for (const [name, html, expected] of table) {
    it(name, () => expect(splitLead(html)).to.deep.equal(expected));
  }
});
