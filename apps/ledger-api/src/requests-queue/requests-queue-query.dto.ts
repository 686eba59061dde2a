import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { REQUEST_STATUSES, RequestStatus } from '@ledger/wire';
import { MinPositionQueryDto } from '../http/min-position-query.dto';

export class RequestsQueueQueryDto extends MinPositionQueryDto {
  @ApiProperty({
    enum: REQUEST_STATUSES,
    description: 'open: every request not completed; overdue: only those past their (extended) deadline',
  })
  @IsIn(REQUEST_STATUSES)
  status!: RequestStatus;
}
