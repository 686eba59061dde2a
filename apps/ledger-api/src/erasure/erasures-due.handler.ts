import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DEFAULT_ERASURE_GRACE, erasureDue } from '@ledger/domain';
import { ErasuresDueAnswer } from '@ledger/wire';
import { Clock, LedgerConfig } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { ReadSide } from '../read-side/read-side.service';
import { bySinceThenSubject } from '../read-side/ordering';
import { ErasuresDueQuery } from './erasures-due.query';

/**
 * Every subject in the store, judged now by the domain's `erasureDue` with `LEDGER_ERASURE_GRACE`. Any subject
 * may fall due as time passes (a subject that never had a basis, too), so no narrower set of candidates would
 * stay true: the list reads every subject, a page at a time, each at the answer's `position` or later.
 */
@QueryHandler(ErasuresDueQuery)
export class ErasuresDueHandler implements IQueryHandler<ErasuresDueQuery, ErasuresDueAnswer> {
  private readonly grace: string;

  constructor(
    private readonly readSide: ReadSide,
    private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.grace = config.erasureGrace ?? DEFAULT_ERASURE_GRACE;
  }

  async execute({ options }: ErasuresDueQuery): Promise<ErasuresDueAnswer> {
    await this.readSide.ensureAnswerable(options.minPosition);
    const now = this.clock.now();
    const position = this.readSide.position;
    const subjects: ErasuresDueAnswer['subjects'] = [];
    for await (const page of this.readSide.everySubject()) {
      for (const subjectId of page.subjectIds()) {
        const due = erasureDue(page.events(subjectId), now, this.grace);
        if (due !== null) subjects.push({ subjectId, ...due });
      }
    }
    return { position, subjects: subjects.sort(bySinceThenSubject) };
  }
}
