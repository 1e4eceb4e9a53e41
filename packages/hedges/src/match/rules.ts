import { ADJECTIVE_RULES } from './adjective-rules.js';
import { BELIEF_RULES } from './belief-rules.js';
import { CLAIM_RULES } from './claim-rules.js';
import { EVIDENCE_RULES } from './evidence-rules.js';
import { MODAL_RULES } from './modal-rules.js';
import { SOURCE_RULES } from './source-rules.js';
import type { Rule } from './syntax.js';

export type { Rule, RuleInput } from './syntax.js';

/**
 * Context rules by name; lexicon entries name the one they need. Each encodes one of the
 * ANNOTATION.md cases where a cue word is not a cue.
 */
export const RULES: Record<string, Rule> = {
  ...MODAL_RULES,
  ...BELIEF_RULES,
  ...CLAIM_RULES,
  ...ADJECTIVE_RULES,
  ...EVIDENCE_RULES,
  ...SOURCE_RULES,
};
