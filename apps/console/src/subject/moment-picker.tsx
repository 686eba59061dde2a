import { useId, useState } from 'react';
import type { Moment, RecordedEvent } from '../api/wire';
import { fromTyped, toTyped } from '../format/typed-time';
import { useI18n } from '../i18n/i18n';
import { LocalTimeField } from '../ui/local-time-field';

interface MomentPickerProps {
  moment: Moment;
  onChange: (moment: Moment) => void;
  /** The subject's events, when the role may read them: the slider steps from one to the next. */
  events: readonly RecordedEvent[];
}

interface Step {
  time: string;
  event: RecordedEvent;
}

/**
 * Now, or a past moment: `asOf` shows what the ledger answered then (only events recorded by then count);
 * `at` applies everything known today to that moment. The slider steps through the moments events were
 * recorded (`asOf`) or happened (`at`).
 */
export function MomentPicker({ moment, onChange, events }: MomentPickerProps) {
  const { t, fill, dateTime, lang } = useI18n();
  const sliderId = useId();
  const [typed, setTyped] = useState(moment.kind === 'now' ? '' : toTyped(moment.time, lang));

  const steps = moment.kind === 'now' ? [] : stepsOf(events, moment.kind);
  const step = moment.kind === 'now' ? -1 : lastStepAtOrBefore(steps, moment.time);

  function choose(kind: Moment['kind']) {
    if (kind === 'now') return onChange({ kind });
    const time =
      moment.kind === 'now' ? (events.at(-1)?.recordedAt ?? new Date().toISOString()) : moment.time;
    setTyped(toTyped(time, lang));
    onChange({ kind, time });
  }

  function goTo(time: string) {
    if (moment.kind === 'now') return;
    setTyped(toTyped(time, lang));
    onChange({ kind: moment.kind, time });
  }

  const stepText = (index: number) =>
    fill(t.moment.sliderValue, {
      n: index + 1,
      total: steps.length,
      type: t.eventType[steps[index].event.type],
      time: dateTime(steps[index].time),
    });

  return (
    <fieldset className="moment">
      <legend>{t.moment.legend}</legend>
      <div className="choices">
        {(['now', 'asOf', 'at'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="moment"
              value={kind}
              checked={moment.kind === kind}
              onChange={() => choose(kind)}
            />
            {t.moment[kind]}
          </label>
        ))}
      </div>
      {moment.kind !== 'now' && (
        <div className="moment-time">
          <LocalTimeField
            label={t.moment.time}
            name="moment"
            value={typed}
            onChange={(text) => {
              setTyped(text);
              const time = fromTyped(text);
              if (time) onChange({ kind: moment.kind, time });
            }}
          />
          {steps.length > 0 && (
            <>
              <label htmlFor={sliderId}>{t.moment.slider}</label>
              <input
                id={sliderId}
                type="range"
                min={0}
                max={steps.length - 1}
                value={Math.max(step, 0)}
                aria-valuetext={stepText(Math.max(step, 0))}
                onChange={(event) => goTo(steps[Number(event.target.value)].time)}
              />
              <output htmlFor={sliderId}>{step >= 0 ? stepText(step) : ''}</output>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** One step per distinct moment, in time order, named by the last event of that moment. */
function stepsOf(events: readonly RecordedEvent[], kind: 'asOf' | 'at'): Step[] {
  const byTime = new Map<string, RecordedEvent>();
  for (const event of events) byTime.set(kind === 'asOf' ? event.recordedAt : event.occurredAt, event);
  return [...byTime]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([time, event]) => ({ time, event }));
}

function lastStepAtOrBefore(steps: readonly Step[], time: string): number {
  let found = -1;
  steps.forEach((step, index) => {
    if (step.time <= time) found = index;
  });
  return found;
}
