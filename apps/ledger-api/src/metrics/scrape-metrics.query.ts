import { Query } from '@nestjs/cqrs';

export interface MetricsText {
  contentType: string;
  text: string;
}

/** `GET /metrics`: the Prometheus text, for the bearer of the metrics token. */
export class ScrapeMetricsQuery extends Query<MetricsText> {
  constructor(readonly options: { authorization: string | undefined }) {
    super();
  }
}
