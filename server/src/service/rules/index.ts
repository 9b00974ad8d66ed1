import type { Rule } from '../rule';
import { activityOutput } from './activity-output';
import { codeHierarchy } from './code-hierarchy';
import { codePrefix } from './code-prefix';
import { deadEndStep } from './dead-end-step';
import { decisionBranches } from './decision-branches';
import { duplicateCode } from './duplicate-code';
import { duplicateId } from './duplicate-id';
import { duplicateStepId } from './duplicate-step-id';
import { flowSibling } from './flow-sibling';
import { instansiCount } from './instansi-count';
import { mapParent } from './map-parent';
import { processIo } from './process-io';
import { sopDates } from './sop-dates';
import { sopIdentity } from './sop-identity';
import { sopStepTime } from './sop-step-time';
import { stepLane } from './step-lane';
import { terminators } from './terminators';
import { unitCycle } from './unit-cycle';
import { unknownCode } from './unknown-code';
import { unknownParty } from './unknown-party';
import { unknownStep } from './unknown-step';
import { unknownTarget } from './unknown-target';
import { unreachableStep } from './unreachable-step';
import { variantCode } from './variant-code';

/** Every semantic rule, run on the whole model after each change. */
export const RULES: readonly Rule[] = [
  codePrefix,
  codeHierarchy,
  duplicateCode,
  duplicateId,
  duplicateStepId,
  mapParent,
  unknownParty,
  stepLane,
  unknownStep,
  unknownCode,
  unknownTarget,
  sopDates,
  sopIdentity,
  terminators,
  decisionBranches,
  instansiCount,
  flowSibling,
  unreachableStep,
  deadEndStep,
  activityOutput,
  sopStepTime,
  processIo,
  unitCycle,
  variantCode,
];
