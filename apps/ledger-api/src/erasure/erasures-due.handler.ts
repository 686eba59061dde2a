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
 * Every subject of the read side, judged now by the domain's `erasureDue` with `LEDGER_ERASURE_GRACE`. Any
 * subject may fall due as time passes (a subject that never had a basis, too), so the read side's own
 * projection is the read model: no narrower set of candidates would stay true.
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
    const subjects: ErasuresDueAnswer['subjects'] = [];
    for (const subjectId of this.readSide.subjectIds()) {
      const due = erasureDue(this.readSide.subject(subjectId).events, now, this.grace);
      if (due !== null) subjects.push({ subjectId, ...due });
    }
    return { position: this.readSide.position, subjects: subjects.sort(bySinceThenSubject) };
  }
}
