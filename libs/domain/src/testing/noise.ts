import { HistoryEvent } from '../events';

/**
 * The events of another history that cannot concern `purpose`, with ids made distinct: bases for other
 * purposes and their withdrawals, objections that do not list it and their decisions, restrictions that list
 * only other purposes (and no categories) and their liftings. Erasures always concern every purpose.
 */
export function noise(history: readonly HistoryEvent[], purpose: string): HistoryEvent[] {
  const unrelated = new Set<string>();
  const kept = history.filter((event) => {
    const ownId = createdId(event, purpose);
    if (ownId !== undefined) unrelated.add(ownId);
    return ownId !== undefined || unrelated.has(referredId(event) ?? '');
  });
  return kept.map((event) => rename(event));
}

function createdId(event: HistoryEvent, purpose: string): string | undefined {
  if (event.type === 'BasisEstablished' && event.data.purpose !== purpose) return event.data.basisId;
  if (event.type === 'ObjectionFiled' && !event.data.purposes.includes(purpose))
    return event.data.objectionId;
  const { type } = event;
  if (type !== 'RestrictionApplied' || event.data.dataCategories || !event.data.purposes) return undefined;
  return event.data.purposes.includes(purpose) ? undefined : event.data.restrictionId;
}

function referredId(event: HistoryEvent): string | undefined {
  const data = event.data as Record<string, unknown>;
  return (data.basisId ?? data.objectionId ?? data.restrictionId) as string | undefined;
}

function rename(event: HistoryEvent): HistoryEvent {
  const data = { ...event.data } as Record<string, unknown>;
  for (const key of ['basisId', 'objectionId', 'restrictionId']) {
    if (typeof data[key] === 'string') data[key] = `noise-${data[key]}`;
  }
  return { ...event, eventId: `noise-${event.eventId}`, data } as HistoryEvent;
}
