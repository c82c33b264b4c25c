import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Markdown, safeHref } from './markdown.tsx';

const render = (text: string, base: string | null = 'https://openrouter.ai') =>
  String(<Markdown text={text} relativeBase={base} />);

describe('description markdown', () => {
  test('splits paragraphs and turns bullet runs into lists', () => {
    assert.equal(
      render('First line\nsecond line\n\nIntro:\n- one\n- two'),
      '<div class="prose"><p>First line<br/>second line</p><p>Intro:</p><ul><li>one</li><li>two</li></ul></div>',
    );
  });

  test('renders links, code and bold, escaping everything else', () => {
    assert.equal(
      render('See [docs](https://example.com/a?b=1&c=2), `x<y` and **bold** <b>raw</b>'),
      '<div class="prose"><p>See <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">docs</a>, <code>x&lt;y</code> and <strong>bold</strong> &lt;b&gt;raw&lt;/b&gt;</p></div>',
    );
  });

  test('resolves site-relative links against the source, or leaves them as text without one', () => {
    assert.ok(
      render('[GPT-4](/models/openai/gpt-4)').includes('href="https://openrouter.ai/models/openai/gpt-4"'),
    );
    assert.equal(
      render('[GPT-4](/models/openai/gpt-4)', null),
      '<div class="prose"><p>[GPT-4](/models/openai/gpt-4)</p></div>',
    );
  });

  test('never links javascript:, data: or other schemes', () => {
    for (const target of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      assert.equal(safeHref(target, 'https://openrouter.ai'), null, target);
      assert.ok(!render(`[x](${target})`).includes('<a '), target);
    }
  });
});
