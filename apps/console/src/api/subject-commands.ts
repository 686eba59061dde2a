import { type CommandOptions, subjectPath, type Transport } from './transport';
import type {
  ApplyRestrictionBody,
  CommandAnswer,
  CompleteErasureBody,
  DecideObjectionBody,
  LiftRestrictionBody,
  WithdrawObjectionBody,
} from './wire';

/** The commands on objections, restrictions and erasure (contract section 5) that the console offers. */
export function subjectCommandsOf({ command }: Transport) {
  const post = (path: string, body: object, options?: CommandOptions) =>
    command<CommandAnswer>(path, body, options);
  return {
    decideObjection: (
      subjectId: string,
      objectionId: string,
      body: DecideObjectionBody,
      options?: CommandOptions,
    ) => post(subjectPath(subjectId, 'objections', objectionId, 'decision'), body, options),
    withdrawObjection: (
      subjectId: string,
      objectionId: string,
      body: WithdrawObjectionBody,
      options?: CommandOptions,
    ) => post(subjectPath(subjectId, 'objections', objectionId, 'withdrawal'), body, options),
    applyRestriction: (subjectId: string, body: ApplyRestrictionBody, options?: CommandOptions) =>
      post(subjectPath(subjectId, 'restrictions'), body, options),
    liftRestriction: (
      subjectId: string,
      restrictionId: string,
      body: LiftRestrictionBody,
      options?: CommandOptions,
    ) => post(subjectPath(subjectId, 'restrictions', restrictionId, 'lifting'), body, options),
    completeErasure: (subjectId: string, body: CompleteErasureBody, options?: CommandOptions) =>
      post(subjectPath(subjectId, 'erasure'), body, options),
  };
}
