// Builds the static site's compare island (static-compare.tsx) as a fingerprinted asset. It renders
// the server's hono/jsx markup in the browser, so it is bundled with hono/jsx, not preact.

import { bundleForBrowser } from '../web/assets/client-bundle.ts';
import { type Asset, buildAssetBundle } from '../web/assets/index.ts';

export const STATIC_COMPARE_ASSET = 'compare-static.js';

function bundle(): Uint8Array {
  return bundleForBrowser(
    new URL('./static-compare.tsx', import.meta.url).pathname,
    'hono/jsx',
    'the static compare island',
  );
}

/** The island as an asset: `/assets/compare-static.<hash>.js` with its compressed variants. */
export function staticCompareAsset(): Asset {
  const bundleOf = buildAssetBundle([
    { name: STATIC_COMPARE_ASSET, type: 'text/javascript; charset=utf-8', load: bundle },
  ]);
  return bundleOf.all()[0]!;
}

/** The compare page with the island's script tag added to its head. */
export function withStaticCompare(html: string, scriptPath: string): string {
  const at = html.indexOf('</head>');
  if (at < 0 || html.indexOf('</head>', at + 1) >= 0)
    throw new Error('The compare page has no single </head>, so the static compare island cannot be added.');
  return `${html.slice(0, at)}<script type="module" src="${scriptPath}"></script>${html.slice(at)}`;
}
