import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsString, MaxLength } from 'class-validator';
import { Optional } from './optional.decorator';
import { ID_MAX_LENGTH } from './limits';

const LIST_MAX = 100;

/** A list of catalogue ids (purposes or data categories); whether they exist is the domain's to judge. */
export const IdList = (description: string, options: { optional?: boolean; nonEmpty?: boolean } = {}) =>
  applyDecorators(
    ...(options.optional
      ? [ApiPropertyOptional({ description, type: [String] }), Optional()]
      : [ApiProperty({ description, type: [String] })]),
    IsArray(),
    ...(options.nonEmpty ? [ArrayNotEmpty()] : []),
    ArrayMaxSize(LIST_MAX),
    IsString({ each: true }),
    MaxLength(ID_MAX_LENGTH, { each: true }),
  );
