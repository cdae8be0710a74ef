import type { FrictionKind, GrowStage } from '../../model/reflection';
import type { Question } from '../question';

type Kind = FrictionKind;

/** A GROW question; kind and stage are read from the id, so the two can never disagree. */
export function grow(id: `${Kind}-${GrowStage}-${number}${number}`, text: string): Question {
  const [kind, stage] = id.split('-') as [Kind, GrowStage];
  return Object.freeze({ id, text, kind, stage });
}

/** An appreciative question (what is working and should stay): asked in a reality slot. */
export function working(id: `${Kind}-working-${number}${number}`, text: string): Question {
  const [kind] = id.split('-') as [Kind];
  return Object.freeze({ id, text, kind, stage: 'reality', role: 'appreciative' });
}
