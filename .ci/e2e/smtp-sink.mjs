// A tiny SMTP server for the drills: takes every mail and appends it to a file (node smtp-sink.mjs <port> <file>).
import { createServer } from 'node:net';
import { appendFileSync } from 'node:fs';

const [port, file] = process.argv.slice(2);
createServer(socket => {
  let buffer = '';
  let data = null;
  socket.write('220 drill-sink ESMTP\r\n');
  socket.on('data', chunk => {
    buffer += chunk.toString('latin1');
    let end;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (data !== null) {
        if (line === '.') {
          appendFileSync(file, data + '\n--- end of mail ---\n');
          data = null;
          socket.write('250 queued\r\n');
        } else {
          data += line + '\n';
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'DATA') { data = ''; socket.write('354 go on\r\n'); }
      else if (verb === 'QUIT') { socket.end('221 bye\r\n'); }
      else { socket.write('250 ok\r\n'); }
    }
  });
  socket.on('error', () => {});
}).listen(Number(port), '127.0.0.1');
