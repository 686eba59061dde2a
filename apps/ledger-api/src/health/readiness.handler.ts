import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '../read-side/read-side.service';
import { Readiness, ReadinessQuery } from './readiness.query';

@QueryHandler(ReadinessQuery)
export class ReadinessHandler implements IQueryHandler<ReadinessQuery, Readiness> {
  constructor(private readonly readSide: ReadSide) {}

  async execute(): Promise<Readiness> {
    return { ready: this.readSide.ready, position: this.readSide.position };
  }
}
