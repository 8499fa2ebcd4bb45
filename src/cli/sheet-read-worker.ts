/** The command line's second thread: reads the worksheets it is given and posts their cells back (see sheetsInWorker). */
import { workerData } from 'node:worker_threads';
import { readWorksheets } from '../adapters/xlsx/read-xlsx';
import { setZipCodec } from '../adapters/xlsx/zip-codec';
import { NODE_ZIP_CODEC } from './node-zip-codec';
import { releaseMemory } from './release-memory';
import { SIGNAL_DONE, SIGNAL_PROGRESS, type SheetsJob } from './sheets-in-worker';

const job = workerData as SheetsJob;
setZipCodec(NODE_ZIP_CODEC);
const read = readWorksheets(job.bytes, job.parts, job.maxCells, job.sharedStrings, () => void Atomics.add(job.signal, SIGNAL_PROGRESS, 1));
// what reading made is garbage before the cells are copied out: it would otherwise sit beside the copy, while
// the command's own thread still reads (a restore of 100,000 rows peaked about 30 MB higher)
releaseMemory();
job.port.postMessage(read);
// nothing keeps the thread then: it ends, and its memory goes back while the command works on
job.port.close();
Atomics.store(job.signal, SIGNAL_DONE, 1);
Atomics.notify(job.signal, SIGNAL_DONE);
