// JSON-RPC over HTTP with Node's fetch (keep-alive connections), single calls and batches.

let nextId = 1;

export async function call(url, method, params = []) {
  const response = await post(url, { jsonrpc: "2.0", id: nextId++, method, params });
  if (response.error) {
    throw new Error(`${method}: ${JSON.stringify(response.error)}`);
  }
  return response.result;
}

export function rawTransactionBatch(raws) {
  return JSON.stringify(raws.map((raw) => ({ jsonrpc: "2.0", id: nextId++, method: "eth_sendRawTransaction", params: [raw] })));
}

/** POSTs a body (an object, or JSON text); answers the parsed response. */
export async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 200)}`);
  }
  return JSON.parse(text);
}
