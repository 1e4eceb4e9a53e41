import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvObjects, run, tempDir, expectOk } from '../helpers.js';

function withLexicon(contents: string | Buffer | undefined, extra: string[] = []) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'e.txt'), 'A deal is on the cards, and Gazprom Neft may sign it.');
  if (contents !== undefined) writeFileSync(path.join(dir, 'lex.json'), contents);
  const result = run(['analyze', 'e.txt', '--lexicon', 'lex.json', '--out', 'out', ...extra], { cwd: dir });
  return { dir, result };
}

describe('hostile input: --lexicon files', () => {
  it.each([
    ['a missing file', undefined, '--lexicon lex.json: no such file or folder'],
    ['an empty file', '', '--lexicon lex.json: not valid JSON: Unexpected end of JSON input'],
    ['invalid JSON', '{\n  "cues": [\n    {"text": "maybe",}\n  ]\n}', '--lexicon lex.json: not valid JSON: '],
    ['a JSON array', '[{"text": "maybe"}]', '--lexicon lex.json: expected a JSON object with `entities` and/or `cues` sections, got an array'],
    ['JSON null', 'null', '--lexicon lex.json: expected a JSON object with `entities` and/or `cues` sections, got null'],
    ['a wrong section type', '{"entities": 5}', '--lexicon lex.json: field `entities`: expected an array of entity objects, got number 5'],
    ['a wrong entry type', '{"cues": ["maybe"]}', '--lexicon lex.json: field `cues[0]`: expected an object, got "maybe"'],
    ['an empty entity name', '{"entities": [{"name": "", "type": "ORG"}]}', '--lexicon lex.json: field `entities[0].name`: expected a non-empty string, got ""'],
    ['an unknown entity type', '{"entities": [{"name": "X", "type": "CITY"}]}', '--lexicon lex.json: field `entities[0].type`: expected one of PERSON, GPE, LOC, ORG, NORP, EVENT, MISC, got "CITY"'],
    ['an empty cue entry', '{"cues": [{}]}', '--lexicon lex.json: field `cues[0].kind`: expected one of hedge, booster, weasel, got nothing'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), '--lexicon lex.json: not valid UTF-8: a bad byte sequence at byte offset 2 (0xff)'],
  ])('rejects %s with one line naming the file and field, exit 2, no stack trace', (_label, contents, message) => {
    const { result } = withLexicon(contents);
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(`essaylens: ${message}`)).toBe(true);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says where invalid JSON breaks, by line and column', () => {
    const { result } = withLexicon('{\n  "cues": [\n    {"text": "maybe",}\n  ]\n}');
    expect(result.stderr).toMatch(/\(line 3, column \d+\)\n$/);
  });

  it('rejects a folder and a huge file without reading it whole', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'lex.json'));
    const folder = run(['analyze', 'x.txt', '--lexicon', 'lex.json'], { cwd: dir });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe('essaylens: --lexicon lex.json: is a folder, expected a JSON file\n');
    const fd = openSync(path.join(dir, 'huge.json'), 'w');
    ftruncateSync(fd, 64 * 1024 * 1024); // sparse: 64 MB on paper, nothing on disk
    closeSync(fd);
    const huge = run(['analyze', 'x.txt', '--lexicon', 'huge.json'], { cwd: dir });
    expect(huge.status).toBe(2);
    expect(huge.stderr).toBe('essaylens: --lexicon huge.json: is 64.0 MB; a lexicon may be at most 16 MB\n');
  });

  it.each([['1'], ['2']])('applies a valid lexicon in every worker (--jobs %s)', (jobs) => {
    const { dir, result } = withLexicon(JSON.stringify({ cues: [{ text: 'on the cards', kind: 'hedge' }], entities: [{ name: 'Gazprom Neft', type: 'ORG', aliases: ['GPN'] }] }), ['--jobs', jobs]);
    expect(result.stderr).toBe('');
    expectOk(result);
    expect(readCsvObjects(path.join(dir, 'out/hedges.csv')).map((row) => row.text)).toContain('on the cards');
    expect(readCsvObjects(path.join(dir, 'out/entities.csv')).map((row) => [row.text, row.type])).toContainEqual(['Gazprom Neft', 'ORG']);
  });
});
