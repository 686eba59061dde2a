import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';

/** A TCP proxy on loopback in front of a server, whose connections a test can cut as a failing network would. */
export class LoopbackProxy {
  private readonly sockets = new Set<Socket>();
  /** How many connections clients have opened through the proxy. */
  connections = 0;
  /** What the server has sent back through the proxy, as text. */
  forwarded = '';
  private server?: Server;
  baseUrl = '';

  static async start(target: string): Promise<LoopbackProxy> {
    const proxy = new LoopbackProxy();
    await proxy.listen(new URL(target));
    return proxy;
  }

  /** Drops every open connection at once, both ways. */
  cut(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async listen(target: URL): Promise<void> {
    this.server = createServer((client) => {
      this.connections++;
      const upstream = connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          client.destroy();
          upstream.destroy();
          this.sockets.delete(socket);
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
      upstream.on('data', (chunk: Buffer) => (this.forwarded += chunk.toString()));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}
