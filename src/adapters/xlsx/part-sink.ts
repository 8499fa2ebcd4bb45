import { crc32Combine } from './crc32';
import { HAND_ON, Utf8Sink } from './utf8-text';
import { deflateBeside, zipCodec } from './zip-codec';
import type { PartContent } from './zip-writer';

export interface PartSink {
  /** Where the part's text goes, piece by piece. */
  sink: Utf8Sink;
  /**
   * The part, `head` in front of what was written. Undefined when the deflate beside gave out after bytes went
   * to it (they were not kept): the part is to be written again with `beside` false.
   */
  finish(head: string): PartContent | undefined;
  /** The part will not be finished: what runs beside stops. */
  cancel(): void;
}

/**
 * The sink for a part of about `size` bytes written as its text streams, `room` bytes kept in front for a head
 * written last. A large part is deflated beside the writing where the codec can (`beside`): its bytes go there
 * and only their CRC-32 is kept, so a 70 MB sheet is never whole in this thread; else the bytes are kept.
 */
export function partSink(size: number, room: number, beside = true): PartSink {
  const alongside = beside ? deflateBeside(size) : undefined;
  if (!alongside) {
    const sink = new Utf8Sink(size, room);
    return { sink, finish: (head) => sink.finish(head), cancel: () => undefined };
  }
  const codec = zipCodec();
  let crc = 0;
  const handOn = (bytes: Uint8Array) => {
    crc = codec.crc32(bytes, crc);
    alongside.push(bytes);
  };
  const sink = new Utf8Sink(2 * HAND_ON, room, handOn, false);
  return {
    sink,
    finish(head) {
      // the head alone: every other byte went by
      const front = sink.finish(head);
      const deflated = alongside.finish(front);
      const body = sink.bodyLength;
      if (deflated) return { deflated, crc: crc32Combine(codec.crc32(front, 0), crc, body), size: front.length + body };
      return body === 0 ? front : undefined;
    },
    cancel: () => alongside.cancel(),
  };
}
