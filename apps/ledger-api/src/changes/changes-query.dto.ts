import { ApiPropertyOptional } from '@nestjs/swagger';
import { ChangesQuery } from '@ledger/wire';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_STREAM_TOKEN_LENGTH } from '../auth/stream-tokens';
import { POSITION } from '../http/limits';

export class ChangesQueryDto implements ChangesQuery {
  @ApiPropertyOptional({
    description: 'start after this position (0: from the first event); default the live tail',
    pattern: POSITION.source,
  })
  @IsOptional()
  @IsString()
  @Matches(POSITION, { message: 'from must be a position returned by the ledger' })
  from?: string;

  @ApiPropertyOptional({
    description:
      'a token of POST /v1/changes/tokens, in place of the Authorization header (for a browser’s EventSource); judged before anything else',
    maxLength: MAX_STREAM_TOKEN_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_STREAM_TOKEN_LENGTH)
  token?: string;
}
