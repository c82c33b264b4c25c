// The OpenAPI 3.1 description of the API. Query parameters come from the explorer's own parameter
// table and the record schema from api-schema.ts, so the document cannot drift from the code.

import { z } from 'zod';
import { CHANGE_KINDS } from '../../catalog/types.ts';
import { QUERY_PARAMS, type QueryParam } from '../../domain/query.ts';
import type { WebContext } from '../context.ts';
import { ChangeSchema, HistoryPointSchema, ModelRecordSchema, RawSourceRecordSchema } from './api-schema.ts';
import { UsageMoversSchema } from './api-usage.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(zodSchema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...schema } = z.toJSONSchema(zodSchema, { target: 'draft-2020-12', io: 'output' });
  return schema;
}

function paramSchema(p: QueryParam): JsonSchema {
  const values = p.values ? { enum: [...p.values] } : {};
  switch (p.kind) {
    case 'list':
      return { type: 'array', items: { type: 'string', ...values } };
    case 'integer':
      return { type: 'integer', minimum: p.name.startsWith('ctx') ? 0 : 1 };
    case 'number':
      return { type: 'number', minimum: 0 };
    case 'flag':
      return { type: 'string', enum: ['1', '0'] };
    case 'date':
      return { type: 'string', format: 'date' };
    default:
      return { type: 'string', ...values };
  }
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const problem = {
  description: 'The request could not be served; `message` and `details` say why and what to do.',
  content: { 'application/json': { schema: ref('Problem') } },
};

export function openApiDocument(ctx: WebContext) {
  const filters = QUERY_PARAMS.map((p) => ({
    name: p.name,
    in: 'query',
    required: false,
    description: p.description,
    schema: paramSchema(p),
    ...(p.kind === 'list' ? { style: 'form', explode: true } : {}),
  }));
  const kind = {
    name: 'kind',
    in: 'query',
    required: false,
    description: 'Only changes of this kind.',
    schema: { type: 'string', enum: [...CHANGE_KINDS] },
  };
  const into = {
    name: 'snapshot',
    in: 'query',
    required: false,
    description: 'Only the changes into this snapshot (the later snapshot of a pair).',
    schema: { type: 'integer', minimum: 1 },
  };
  const snapshot = {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      asOf: { type: 'string', format: 'date' },
      version: { type: 'string' },
    },
    required: ['id', 'asOf', 'version'],
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Model Atlas API',
      version: ctx.catalog.version,
      description:
        'Read-only access to the merged catalog of large language models: one record per model with its sources, match confidence, provenance, prices (USD per 1M tokens) and arena ranks. Responses carry an ETag derived from the snapshot.',
    },
    servers: [{ url: ctx.baseUrl }],
    paths: {
      '/api/models': {
        get: {
          summary: 'Models matching the explorer filters, sorted and paged',
          operationId: 'listModels',
          parameters: filters,
          responses: {
            '200': {
              description: 'One page of models.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      snapshot,
                      query: { type: 'string', description: 'The canonical query string of this request.' },
                      total: { type: 'integer' },
                      page: { type: 'integer' },
                      per: { type: 'integer' },
                      pages: { type: 'integer' },
                      models: { type: 'array', items: ref('ModelRecord') },
                    },
                    required: ['snapshot', 'query', 'total', 'page', 'per', 'pages', 'models'],
                  },
                },
              },
            },
            '400': problem,
          },
        },
      },
      '/api/models.csv': {
        get: {
          summary: 'Every model matching the filters as CSV (not paged)',
          operationId: 'exportModelsCsv',
          parameters: filters,
          responses: {
            '200': {
              description: 'CSV with a header row.',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            '400': problem,
          },
        },
      },
      '/api/models/{id}': {
        get: {
          summary: 'One model with its history and raw source records',
          operationId: 'getModel',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description:
                'Primary id; it may contain "/" and ":" (e.g. z-ai/glm-4-32b, lmarena:glm-4-plus).',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': {
              description: 'The model.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      snapshot,
                      page: { type: 'string', format: 'uri' },
                      model: ref('ModelRecord'),
                      history: { type: 'array', items: ref('HistoryPoint') },
                      raw: { type: 'array', items: ref('RawSourceRecord') },
                    },
                    required: ['snapshot', 'page', 'model', 'history', 'raw'],
                  },
                },
              },
            },
            '404': problem,
          },
        },
      },
      '/api/changes': {
        get: {
          summary: 'Changes between consecutive snapshots, newest first',
          operationId: 'listChanges',
          parameters: [kind, into],
          responses: {
            '200': {
              description: 'The changes.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      snapshot,
                      kind: { type: ['string', 'null'] },
                      into: { type: ['integer', 'null'] },
                      changes: { type: 'array', items: ref('Change') },
                      usageMovers: ref('UsageMovers'),
                    },
                    required: ['snapshot', 'kind', 'into', 'changes', 'usageMovers'],
                  },
                },
              },
            },
            '400': problem,
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          operationId: 'openApi',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': {} } } },
        },
      },
    },
    components: {
      schemas: {
        ModelRecord: schemaOf(ModelRecordSchema),
        HistoryPoint: schemaOf(HistoryPointSchema),
        Change: schemaOf(ChangeSchema),
        UsageMovers: schemaOf(UsageMoversSchema),
        RawSourceRecord: schemaOf(RawSourceRecordSchema),
        Problem: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                status: { type: 'integer' },
                message: { type: 'string' },
                details: { type: 'array', items: { type: 'string' } },
              },
              required: ['status', 'message', 'details'],
            },
          },
          required: ['error'],
        },
      },
    },
  };
}
