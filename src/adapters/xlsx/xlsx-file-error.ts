export type XlsxFileErrorKind = 'not-xlsx' | 'opendocument' | 'encrypted' | 'legacy-xls' | 'corrupt' | 'too-large';

/** A workbook file the adapter cannot read or patch; the caller turns `kind` into a message for staff. */
export class XlsxFileError extends Error {
  override readonly name = 'XlsxFileError';

  constructor(
    readonly kind: XlsxFileErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function corrupt(message: string, cause?: unknown): XlsxFileError {
  return new XlsxFileError('corrupt', message, cause === undefined ? undefined : { cause });
}
