// Search and share metadata of a model page: the meta description, OpenGraph and Twitter card tags
// with the generated share image, and JSON-LD. All URLs are absolute, from the public base URL.

import { formatContext, formatDate, formatPricePer1M, formatRank, formatScore } from '../../domain/format.ts';
import type { ModelRecord } from '../../domain/model.ts';
import type { WebContext } from '../context.ts';
import { modelPath, ogImagePath } from '../paths.ts';
import { JsonLd } from './json-ld.tsx';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function modelTitle(record: ModelRecord): string {
  return `${record.name}: price, context window and arena rank`;
}

/** The prices in words: "input $0.10 / 1M tokens, output $0.10 / 1M tokens", "free", "price unknown". */
export function priceWords(pricing: ModelRecord['pricing']): string {
  if (pricing.state === 'free') return 'free to use';
  if (pricing.state === 'variable') return "variable price (charged at the routed model's rate)";
  if (pricing.state === 'unknown') return 'price unknown';
  const side = (label: string, v: number | null) =>
    v === null ? `${label} price unknown` : `${label} ${formatPricePer1M(v, 'priced')} tokens`;
  return `${side('input', pricing.inputPer1M)}, ${side('output', pricing.outputPer1M)}`;
}

/** One sentence a search result or a chat preview can show: name, context, prices, rank. */
export function modelDescription(record: ModelRecord): string {
  const { arena } = record;
  const context =
    record.contextLength === null
      ? 'context window unknown'
      : `${formatContext(record.contextLength)} token context`;
  const rank = arena
    ? `LMArena ${arena.arena} rank ${formatRank(arena.rank, arena.of)} (score ${formatScore(arena.score)})`
    : 'not ranked on LMArena';
  return `${record.name} (${record.id}): ${context}; ${priceWords(record.pricing)}; ${rank}. Data as of ${formatDate(record.asOf)}.`;
}

function jsonLd(ctx: WebContext, record: ModelRecord) {
  const url = ctx.url(modelPath(record.id));
  const { pricing } = record;
  const offers =
    pricing.state === 'priced' || pricing.state === 'free'
      ? (
          [
            ['input', pricing.inputPer1M],
            ['output', pricing.outputPer1M],
          ] as const
        )
          .filter(([, v]) => v !== null)
          .map(([side, v]) => ({
            '@type': 'Offer',
            priceCurrency: 'USD',
            price: v,
            priceSpecification: {
              '@type': 'UnitPriceSpecification',
              price: v,
              priceCurrency: 'USD',
              unitText: `1M ${side} tokens`,
            },
          }))
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        '@id': url,
        url,
        name: modelTitle(record),
        dateModified: record.asOf,
        isPartOf: { '@type': 'WebSite', name: 'Model Atlas', url: ctx.url('/') },
        breadcrumb: {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Explorer', item: ctx.url('/') },
            { '@type': 'ListItem', position: 2, name: record.name, item: url },
          ],
        },
      },
      {
        '@type': 'SoftwareApplication',
        name: record.name,
        identifier: record.id,
        applicationCategory: 'Large language model',
        url,
        image: ctx.url(ogImagePath(record.id)),
        description: record.description ?? modelDescription(record),
        ...(record.author ? { author: { '@type': 'Organization', name: record.author } } : {}),
        ...(record.created ? { datePublished: record.created } : {}),
        ...(record.license ? { license: record.license } : {}),
        ...(offers && offers.length > 0 ? { offers } : {}),
      },
    ],
  };
}

export function ModelMeta({ ctx, record }: { ctx: WebContext; record: ModelRecord }) {
  const title = modelTitle(record);
  const description = modelDescription(record);
  const url = ctx.url(modelPath(record.id));
  const image = ctx.url(ogImagePath(record.id));
  const alt = `${record.name}: context ${formatContext(record.contextLength)}, input ${formatPricePer1M(record.pricing.inputPer1M, record.pricing.state)}, output ${formatPricePer1M(record.pricing.outputPer1M, record.pricing.state)}`;
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content="Model Atlas" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(OG_WIDTH)} />
      <meta property="og:image:height" content={String(OG_HEIGHT)} />
      <meta property="og:image:alt" content={alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={alt} />
      <JsonLd data={jsonLd(ctx, record)} />
    </>
  );
}
