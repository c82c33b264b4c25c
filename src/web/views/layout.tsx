// The page shell every server-rendered page shares: head (title, description, canonical, site
// stylesheet, extra head tags), header with the main navigation, and a footer naming the snapshot.

import type { Child } from 'hono/jsx';
import { formatDate } from '../../domain/format.ts';
import { siteAssets } from '../assets/index.ts';
import type { WebContext } from '../context.ts';

export type NavSection = 'explorer' | 'compare' | 'changes' | 'methodology';

const NAV: readonly { id: NavSection; href: string; label: string }[] = [
  { id: 'explorer', href: '/', label: 'Explorer' },
  { id: 'compare', href: '/compare', label: 'Compare' },
  { id: 'changes', href: '/changes', label: 'Changes' },
  { id: 'methodology', href: '/methodology', label: 'Methodology' },
];

export interface LayoutProps {
  ctx: WebContext;
  /** Page title without the site name. */
  title: string;
  description: string;
  /** Site path of the canonical URL (`/models/z-ai/glm-4-32b`); made absolute from the base URL. */
  canonical: string;
  /** Highlighted navigation entry. */
  active?: NavSection;
  /** Extra head tags (OpenGraph, JSON-LD, feed links). */
  head?: Child;
  /** Registered asset names (src/web/assets/index.ts) added as stylesheets after site.css. */
  styles?: string[];
  /** Registered asset names loaded as deferred module scripts. */
  scripts?: string[];
  /** Let search engines skip this page (error pages). */
  noindex?: boolean;
  children?: Child;
}

export function Layout(props: LayoutProps) {
  const { ctx } = props;
  const assets = siteAssets();
  const snapshot = ctx.catalog.snapshot;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Model Atlas`}</title>
        <meta name="description" content={props.description} />
        <link rel="canonical" href={ctx.url(props.canonical)} />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={assets.url('favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assets.url('site.css')} />
        {(props.styles ?? []).map((name) => (
          <link rel="stylesheet" href={assets.url(name)} />
        ))}
        <link rel="alternate" type="application/atom+xml" title="Model Atlas changes" href="/changes.atom" />
        {props.head}
        {(props.scripts ?? []).map((name) => (
          <script type="module" src={assets.url(name)} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              <img src={assets.url('favicon.svg')} alt="" width="24" height="24" />
              Model Atlas
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.id === props.active ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Data as of snapshot {snapshot.id}, {formatDate(snapshot.asOf)} ({snapshot.counts.models}{' '}
              models). Sources: OpenRouter, LMArena, LiteLLM, models.dev — see the{' '}
              <a href="/methodology">methodology</a>.
            </p>
            <p>
              <a href="/api/openapi.json">API</a> · <a href="/changes.atom">Changes feed (Atom)</a> ·{' '}
              <a href="/sitemap.xml">Sitemap</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Serialize a page element to a complete HTML document. */
export function renderDocument(page: unknown): string {
  const html = String(page);
  if (html === '[object Promise]')
    throw new Error('A page component rendered asynchronously; pages must be sync.');
  return `<!doctype html>${html}`;
}
