// jsdom as the playground's tests need it: a browser has TextEncoder and TextDecoder (the .xlsx
// adapter's zip and XML text) and Blob#arrayBuffer (an opened file), jsdom does not: Node's
// encoders are put in (the same WHATWG classes) and arrayBuffer is read through jsdom's FileReader.
'use strict';

const { TextDecoder, TextEncoder } = require('node:util');
const JsdomEnvironment = require('jest-environment-jsdom').default;

class BrowserEnvironment extends JsdomEnvironment {
  async setup() {
    await super.setup();
    if (!this.global.TextDecoder) this.global.TextDecoder = TextDecoder;
    if (!this.global.TextEncoder) this.global.TextEncoder = TextEncoder;
    const { Blob, FileReader } = this.global;
    if (Blob && !Blob.prototype.arrayBuffer) {
      Blob.prototype.arrayBuffer = function arrayBuffer() {
        return new Promise((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result);
          reader.onerror = () => reject(reader.error);
          reader.readAsArrayBuffer(this);
        });
      };
    }
  }
}

module.exports = BrowserEnvironment;
