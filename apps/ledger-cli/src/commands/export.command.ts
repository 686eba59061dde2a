import { writeFile } from 'node:fs/promises';
import { SubjectExporter, SystemClock } from '@ledger/runtime';
import { CliIo, EXIT_OK, Refusal } from '../cli-io';
import { OpenLedger, subjectIdArgument } from '../open-ledger';

export const EXPORT_FORMATS = ['json', 'dpv'] as const;

export interface ExportOptions {
  /** The file to write; `-` for stdout; default `subject-<id>.json` (`.jsonld` for dpv). */
  out?: string;
  /** `json` (default), or `dpv`: JSON-LD in the W3C Data Privacy Vocabulary. */
  format?: (typeof EXPORT_FORMATS)[number];
  /** Export a subject the ledger holds nothing on (a mistyped id, most likely) instead of refusing. */
  allowEmpty?: boolean;
  /** Overwrite `out` if it exists. */
  force?: boolean;
}

/** `ledger export <subjectId>`: the document `GET /v1/subjects/{id}/export[?format=dpv]` answers, as a file. */
export async function exportSubject(
  ledger: OpenLedger,
  subject: string,
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const subjectId = subjectIdArgument(subject);
  if (!options.allowEmpty && (await ledger.store.readStream(subjectId)).length === 0) {
    throw new Refusal(`the ledger holds nothing on ${subjectId} (--allow-empty exports it all the same)`);
  }
  const catalogue = await ledger.catalogueAt(undefined);
  const exporter = new SubjectExporter(await ledger.subjectEvents(), () => catalogue, new SystemClock());
  const dpv = options.format === 'dpv';
  const exported = dpv ? await exporter.exportDpv(subjectId) : await exporter.export(subjectId);
  const document = JSON.stringify(exported, null, 2) + '\n';
  const out = options.out ?? `subject-${subjectId}.${dpv ? 'jsonld' : 'json'}`;
  if (out === '-') {
    io.stdout.write(document);
    return EXIT_OK;
  }
  try {
    // Not world-readable: the document may hold personal data.
    await writeFile(out, document, { mode: 0o600, flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Refusal(`${out} exists (--force overwrites it)`);
  }
  io.stderr.write(`exported ${subjectId} to ${out}\n`);
  return EXIT_OK;
}
