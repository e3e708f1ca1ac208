// Every rule, registered once. A convention test checks that each file in rules/ is listed here and tested.
import type { Rule } from './rule';
import bareLink from './rules/bare-link';
import callToAction from './rules/call-to-action';
import nearDuplicate from './rules/near-duplicate';

export const RULES: readonly Rule[] = [callToAction, bareLink, nearDuplicate];
