import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ProblemMessage } from '../ui/problem-message';

const FORMATS = ['json', 'dpv'] as const;
type Format = (typeof FORMATS)[number];

/**
 * For auditors and the DPO: everything the ledger holds on the subject, as a file (contract section 7). The
 * key goes in a header, so a plain link cannot fetch it: the file is fetched, then handed to the browser to
 * save, and its object URL released a minute later.
 */
export function ExportPanel({ subjectId }: { subjectId: string }) {
  const { t, fill } = useI18n();
  const { api } = useSession();
  const [pending, setPending] = useState<Format | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(format: Format) {
    setPending(format);
    setError(null);
    setSaved(null);
    try {
      const { blob, fileName } = await api.exportFile(subjectId, format);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      // Released once the browser has taken the file: revoked at once, Chromium may cancel the download.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setSaved(fileName);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="export-title" className="panel">
      <h2 id="export-title">{t.exportPanel.title}</h2>
      <p className="hint">{t.exportPanel.intro}</p>
      <div className="card-actions">
        {FORMATS.map((format) => (
          <button key={format} type="button" disabled={pending !== null} onClick={() => download(format)}>
            {t.exportPanel[format]}
          </button>
        ))}
      </div>
      <p role="status" className="detail">
        {saved && fill(t.exportPanel.downloaded, { file: saved })}
      </p>
      <ProblemMessage error={error} />
    </section>
  );
}
