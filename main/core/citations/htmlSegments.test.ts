import { describe, expect, it } from 'vitest';
import { htmlSegments, segmentsText } from './htmlSegments';

describe('htmlSegments', () => {
  it('splits citeproc-js HTML into formatted runs, decoding entities and collapsing whitespace', () => {
    const html = '<div class="csl-entry">Wu, A.W. (2000) &#8216;Medical error&#8217;, <i>BMJ &amp; Co</i>,\n   320, pp. 726&#x2013;727.</div>';
    expect(htmlSegments(html)).toEqual([
      { text: 'Wu, A.W. (2000) ‘Medical error’, ' },
      { text: 'BMJ & Co', italic: true },
      { text: ', 320, pp. 726–727.' },
    ]);
  });

  it('reads styled spans, nesting and normal-style resets inside italics', () => {
    const html = '<span style="font-variant:small-caps;">Nhs</span> <i>Title with <span style="font-style:normal;">Roman</span> inside</i><sup>2</sup><b>B</b>';
    expect(htmlSegments(html)).toEqual([
      { text: 'Nhs', smallCaps: true },
      { text: ' ' },
      { text: 'Title with ', italic: true },
      { text: 'Roman' },
      { text: ' inside', italic: true },
      { text: '2', superscript: true },
      { text: 'B', bold: true },
    ]);
    expect(segmentsText(htmlSegments(html))).toBe('Nhs Title with Roman inside2B');
  });
});
