import { describe, expect, test } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/model/html-text.js';

describe('htmlToText(): plain text of rich text, without a DOM', () => {
  test('keeps the words, breaks lines at blocks, collapses spaces', () => {
    expect(htmlToText('<p>Take <a href="x">Ada</a>:  daughter\tof Byron</p><p>Second</p>')).toBe('Take Ada: daughter of Byron\nSecond');
    expect(htmlToText('<blockquote>Q <cite>C</cite></blockquote>')).toBe('Q C');
    expect(htmlToText('one<br>two<br/>three')).toBe('one\ntwo\nthree');
  });

  test('drops what a reader never sees: scripts, styles, comments', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{}</style>c<!-- note -->d')).toBe('abcd');
  });

  test('decodes character references once, so markup in entities stays text', () => {
    expect(htmlToText('Fish &amp; chips &ndash; &#8220;ok&#x201D; &lt;b&gt;')).toBe('Fish & chips – “ok” <b>');
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; \ufffd \ufffd');
  });

  test('looksLikeHtml() tells markup from plain text', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('a &amp; b')).toBe(true);
    expect(looksLikeHtml('3 < 4 and 5 > 2')).toBe(false);
    expect(looksLikeHtml('Plain words.')).toBe(false);
  });
});
