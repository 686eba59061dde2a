import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/transport';
import { useI18n } from '../i18n/i18n';
import { useSessionState } from '../session/session';

export function SignInPage() {
  const { t, fill } = useI18n();
  const { signIn } = useSessionState();
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hintId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    try {
      await signIn(key.trim());
    } catch (error) {
      const rejected = error instanceof ApiError && error.status === 401;
      setProblem(rejected ? t.signIn.rejected : fill(t.signIn.failed, { detail: String(error) }));
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">{t.signIn.title}</h1>
      <form onSubmit={submit}>
        <label className="field">
          {t.signIn.key}
          <input
            name="apiKey"
            type="password"
            required
            autoComplete="off"
            aria-describedby={hintId}
            value={key}
            onChange={(event) => setKey(event.target.value)}
          />
        </label>
        <p id={hintId} className="hint">
          {t.signIn.hint}
        </p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {t.signIn.submit}
        </button>
      </form>
    </section>
  );
}
