import { writeFile } from 'node:fs/promises';
import { SubjectExporter, SystemClock } from '@ledger/runtime';
import { CliIo, EXIT_OK } from '../cli-io';
import { OpenLedger, subjectIdArgument } from '../open-ledger';

export interface ExportOptions {
  /** The file to write; `-` for stdout; default `subject-<id>.json`. */
  out?: string;
}

/** `ledger export <subjectId>`: the document `GET /v1/subjects/{id}/export` answers, as a file. */
export async function exportSubject(
  ledger: OpenLedger,
  subject: string,
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const subjectId = subjectIdArgument(subject);
  const catalogue = await ledger.catalogueAt(undefined);
  const exporter = new SubjectExporter(ledger.subjectEvents(), () => catalogue, new SystemClock());
  const document = JSON.stringify(await exporter.export(subjectId), null, 2) + '\n';
  const out = options.out ?? `subject-${subjectId}.json`;
  if (out === '-') {
    io.stdout.write(document);
    return EXIT_OK;
  }
  // Not world-readable: the document may hold personal data.
  await writeFile(out, document, { mode: 0o600 });
  io.stderr.write(`exported ${subjectId} to ${out}\n`);
  return EXIT_OK;
}
