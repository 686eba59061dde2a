import {
  ArgumentMetadata,
  Injectable,
  ValidationError,
  ValidationPipe,
  ValidationPipeOptions,
} from '@nestjs/common';
import { FieldError, refuse } from '@ledger/domain';
import { acceptorFromRules, FastAccept } from '../http/acceptor-from-rules';
import { fastRefusalOf } from '../http/fast-refusal.decorator';
import { UnreadableBody } from '../http/json-body-parser';
import { shapeFault } from '../http/request-shape';
import { RefusalException } from './refusal.exception';

/**
 * Flattens class-validator's tree into `field` paths such as `checks[3].purpose`. A field that was left out
 * fails every rule it has (type, length, pattern), but only one thing is wrong with it: it is said once, as
 * required (optional fields left out are never judged, see `Optional`, so a rule failing on nothing means
 * that). Rules that share a message (a range and its type) say it once.
 */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const messages = [...new Set(Object.values(error.constraints ?? {}))];
    const own = (
      error.value === undefined && messages.length > 0 ? [`${error.property} is required`] : messages
    ).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors) =>
    new RefusalException(refuse('VALIDATION_FAILED', 'the request is not valid', fieldErrors(errors))),
};

/**
 * Request shapes: unknown fields refused, every fault listed, answered as `400 VALIDATION_FAILED`. Input that
 * its DTO's own rules accept skips class-validator's machinery, not its rules (`acceptorFromRules`): the one
 * fast path of validation, which the permission fast lane takes too (`acceptAtOnce`).
 * A DTO with a fast refusal (`RefusesFast`) is refused with the faults it finds when listing them all would
 * cost far more than the request.
 */
@Injectable()
export class LedgerValidationPipe extends ValidationPipe {
  /** Per DTO, derived once; `null` where its rules are left to class-validator. */
  private readonly acceptors = new Map<unknown, FastAccept<unknown> | null>();

  constructor() {
    super(VALIDATION_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value instanceof UnreadableBody) throw new RefusalException(value.refusal);
    if (
      metadata.type === 'body' &&
      value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))
    ) {
      throw new RefusalException(
        refuse('VALIDATION_FAILED', 'the body must be a JSON object', [
          { field: 'body', message: 'must be an object' },
        ]),
      );
    }
    // The acceptor takes only flat, known shapes, which have no fault to find: a batch's thousand checks
    // are not walked twice.
    const accepted = this.acceptAtOnce(value, metadata);
    if (accepted !== undefined) return accepted;
    const fault = metadata.type === 'body' || metadata.type === 'query' ? shapeFault(value) : null;
    if (fault) {
      throw new RefusalException(refuse('VALIDATION_FAILED', `${fault.field} ${fault.message}`, [fault]));
    }
    const faults = await fastRefusalOf(metadata.metatype)?.(value, (part) =>
      this.acceptAtOnce(part, metadata),
    );
    if (faults) throw new RefusalException(refuse('VALIDATION_FAILED', 'the request is not valid', faults));
    return super.transform(value, metadata);
  }

  /**
   * What `transform` makes of `value` when its DTO's rules accept it, without waiting; otherwise `undefined`
   * (then only `transform` judges and explains it).
   */
  acceptAtOnce(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!metadata.metatype || !this.toValidate(metadata)) return undefined;
    let acceptor = this.acceptors.get(metadata.metatype);
    if (acceptor === undefined) {
      acceptor = acceptorFromRules(metadata.metatype, this.validatorOptions, this.transformOptions) ?? null;
      this.acceptors.set(metadata.metatype, acceptor);
    }
    return acceptor?.(value);
  }
}
