import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiModelPath, modelPath, ogImagePath } from '../web/paths.ts';
import {
  decodedPath,
  fileTarget,
  pageTarget,
  resolveStatic,
  unsafePathReason,
  variantTarget,
  withExtension,
} from './static-paths.ts';

describe('where a URL lives in the static export', () => {
  test('pages are index.html files in a folder named after the path', () => {
    assert.equal(pageTarget('/').file, 'index.html');
    assert.equal(pageTarget('/methodology').file, 'methodology/index.html');
    assert.equal(pageTarget(modelPath('z-ai/glm-4-32b')).file, 'models/z-ai/glm-4-32b/index.html');
  });

  test('ids keep their colon, tilde, spaces and parentheses as the decoded file name', () => {
    assert.equal(
      pageTarget(modelPath('meta-llama/llama-3.1-8b-instruct:free')).file,
      'models/meta-llama/llama-3.1-8b-instruct:free/index.html',
    );
    assert.equal(
      pageTarget(modelPath('~anthropic/claude-sonnet-latest')).file,
      'models/~anthropic/claude-sonnet-latest/index.html',
    );
    const spaced = 'lmarena:gemini-2.5-flash-image-preview (nano-banana)';
    assert.equal(modelPath(spaced), '/models/lmarena:gemini-2.5-flash-image-preview%20(nano-banana)');
    assert.equal(pageTarget(modelPath(spaced)).file, `models/${spaced}/index.html`);
    assert.equal(fileTarget(ogImagePath(spaced)).file, `og/${spaced}.png`);
  });

  test('a question mark or percent sign in an id is a plain character of the file name', () => {
    assert.equal(pageTarget(modelPath('odd/what?100%')).file, 'models/odd/what?100%/index.html');
  });

  test('API records take a .json extension; files with an extension keep their path', () => {
    assert.equal(
      withExtension(apiModelPath('z-ai/glm-4-32b'), 'json').file,
      'api/models/z-ai/glm-4-32b.json',
    );
    assert.equal(fileTarget('/sitemap.xml').file, 'sitemap.xml');
    assert.deepEqual(variantTarget('/changes', '?kind=price&snapshot=2', 'html'), {
      url: '/changes?kind=price&snapshot=2',
      file: '_variants/changes/kind=price&snapshot=2.html',
    });
  });

  test('a query that is not a plain canonical filter cannot name a variant file', () => {
    assert.throws(() => variantTarget('/changes', '?kind=../../x', 'html'), /cannot name a variant file/);
  });
});

describe('paths that cannot be files', () => {
  test('dot segments, empty segments and encoded slashes are refused with the reason', () => {
    assert.match(unsafePathReason(modelPath('../../etc/passwd')) ?? '', /"\.\."/);
    assert.match(unsafePathReason('/models//x') ?? '', /empty/);
    assert.match(unsafePathReason('/models/a%2Fb') ?? '', /"\/"/);
    assert.match(unsafePathReason('/models/a%5Cb') ?? '', /"\\"/);
    assert.match(unsafePathReason('/models/%E0%A4%A') ?? '', /percent-encoding/);
    assert.match(unsafePathReason(`/models/${'x'.repeat(256)}`) ?? '', /255 bytes/);
    assert.equal(unsafePathReason(modelPath('z-ai/glm-4-32b')), null);
  });

  test('decodedPath throws a sentence naming the path', () => {
    assert.throws(
      () => decodedPath('/models/../x'),
      /The URL path \/models\/\.\.\/x cannot be written as a file/,
    );
  });
});

describe('how a static server finds a URL', () => {
  const files = new Set([
    'index.html',
    'compare/index.html',
    'models/z-ai/glm-4-32b/index.html',
    'api/models.json',
    'api/models/z-ai/glm-4-32b.json',
    'sitemap.xml',
  ]);

  test('pages with or without a trailing slash and with any query', () => {
    assert.equal(resolveStatic(files, '/'), 'index.html');
    assert.equal(resolveStatic(files, '/?q=glm&sort=name'), 'index.html');
    assert.equal(resolveStatic(files, '/compare?ids=a,b'), 'compare/index.html');
    assert.equal(resolveStatic(files, '/models/z-ai/glm-4-32b/'), 'models/z-ai/glm-4-32b/index.html');
  });

  test('API paths without an extension find their .json file; the listing is api/models.json', () => {
    assert.equal(resolveStatic(files, '/api/models'), 'api/models.json');
    assert.equal(resolveStatic(files, '/api/models/z-ai/glm-4-32b'), 'api/models/z-ai/glm-4-32b.json');
    assert.equal(resolveStatic(files, '/models/z-ai'), null);
    assert.equal(resolveStatic(files, '/sitemap'), null);
    assert.equal(resolveStatic(files, '/models/../sitemap.xml'), null);
  });
});
