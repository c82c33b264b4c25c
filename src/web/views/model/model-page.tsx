// The model summary page: everything one record knows, grouped under clear headings, with search
// and share metadata. Server-rendered once per snapshot; it needs no JavaScript.

import { similarModels, variantsOf } from '../../../catalog/similar.ts';
import type { ModelRecord } from '../../../domain/model.ts';
import { usageWindowEnd } from '../../../domain/usage-series.ts';
import type { WebContext } from '../../context.ts';
import { modelPath } from '../../paths.ts';
import { ModelMeta, modelDescription, modelTitle } from '../../seo/model-meta.tsx';
import { Layout, renderDocument } from '../layout.tsx';
import { Markdown } from '../markdown.tsx';
import { ArenaSection } from './arena-section.tsx';
import { DetailsSection } from './details-section.tsx';
import { HistorySection } from './history-section.tsx';
import { IdentifiersSection } from './identifiers-section.tsx';
import { PricingSection } from './pricing-section.tsx';
import { RawSection } from './raw-section.tsx';
import { SemanticsSection } from './semantics-section.tsx';
import { SimilarSection } from './similar-section.tsx';
import { Summary } from './summary.tsx';
import { UsageSection } from './usage-section.tsx';

function DescriptionSection({ record }: { record: ModelRecord }) {
  // OpenRouter descriptions link site-relative (`/models/x`): resolve them against openrouter.ai.
  const base =
    record.provenance.description?.source === 'openrouter' || record.ids.openrouter
      ? 'https://openrouter.ai'
      : null;
  return (
    <section class="section" aria-labelledby="description-h">
      <h2 id="description-h">Description</h2>
      {record.description ? (
        <Markdown text={record.description} relativeBase={base} />
      ) : (
        <p class="muted">No source describes this model.</p>
      )}
    </section>
  );
}

export function renderModelPage(ctx: WebContext, record: ModelRecord): string {
  const { catalog } = ctx;
  const variants = variantsOf(catalog.records, record);
  return renderDocument(
    <Layout
      ctx={ctx}
      title={modelTitle(record)}
      description={modelDescription(record)}
      canonical={modelPath(record.id)}
      active="explorer"
      head={<ModelMeta ctx={ctx} record={record} />}
    >
      <article>
        <Summary record={record} />
        <ArenaSection record={record} />
        <PricingSection record={record} />
        <UsageSection
          usage={record.usage}
          points={catalog.usageSeries(record.id)}
          window={catalog.usageWindow}
          windowEnd={
            catalog.usageWindow?.to ?? usageWindowEnd(catalog.snapshot.asOf, catalog.snapshot.mode === 'live')
          }
        />
        <DetailsSection record={record} />
        <HistorySection history={catalog.history(record.id)} />
        <SimilarSection
          record={record}
          similar={similarModels(catalog.records, record)}
          variants={variants}
        />
        <DescriptionSection record={record} />
        <IdentifiersSection record={record} snapshot={catalog.snapshot} />
        <SemanticsSection />
        <RawSection raw={catalog.raw(record.id)} />
      </article>
    </Layout>,
  );
}
