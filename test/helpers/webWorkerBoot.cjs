// Runs in a Node worker thread: gives the web build's server (workerData.bundle, dist/web/server.js) a `self`
// like a browser's dedicated worker (onmessage, postMessage, addEventListener), then loads it. Used by the
// tests (test/helpers/webServer.ts) and the benchmark (bench/web.mjs).
const { parentPort, workerData } = require('node:worker_threads');

globalThis.self = {
  set onmessage(listener) {
    parentPort.on('message', (data) => listener({ data }));
  },
  postMessage: (data) => parentPort.postMessage(data),
  addEventListener() {},
};
require(workerData.bundle);
