import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { mentionOf } from '../src/index.js';
import { analyse } from './helpers.js';

describe('public API', () => {
  it('exports the stage, the tables, the compromise plugin and the helpers', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['buildPlugin', 'builtinEntries', 'compileLexicon', 'entitiesPlugin', 'entitiesStage', 'entitiesTables', 'findEntities', 'mentionAt', 'mentionOf', 'readUserEntities', 'resolveName'].sort(),
    );
  });

  it('declares what the stage requires and adds', () => {
    const stage = api.entitiesStage();
    expect([stage.name, stage.requires, stage.adds]).toEqual(['entities', ['parse'], 'entities']);
  });

  it('writes the contract columns', () => {
    expect(api.entitiesTables.map((t) => [t.name, t.columns])).toEqual([
      ['entities', ['doc_id', 'sentence_id', 'start', 'end', 'text', 'canonical', 'type']],
      ['entity_counts', ['doc_id', 'canonical', 'type', 'mentions', 'first_sentence_id']],
    ]);
  });

  it('gives compromise a plugin of words without re-tagging words it knows', () => {
    const { words } = api.entitiesPlugin;
    expect(words['kazakhstan'] ?? 'Country').toBe('Country');
    expect(words['us']).toBeUndefined();
    expect(words['who']).toBeUndefined();
    expect(words['aukus']).toBe('Organization');
  });
});

describe('mentionOf', () => {
  it('builds a mention whose text, offsets and sentence come from its tokens', () => {
    const doc = analyse('Trade grew. The bloc then sanctioned Iran.');
    const bloc = doc.tokens.findIndex((token) => token.text === 'bloc');
    const mention = mentionOf(doc, bloc - 1, bloc + 1, 'European Union', 'ORG');
    expect(mention).toEqual({ start: 12, end: 20, text: 'The bloc', tokenStart: bloc - 1, tokenEnd: bloc + 1, canonical: 'European Union', type: 'ORG', sentence: 1 });
    expect(doc.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
