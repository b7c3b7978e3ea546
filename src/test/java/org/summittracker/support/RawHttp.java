package org.summittracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: a request
 * target with broken {@code %} escapes or raw bytes, exactly as written.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** An answer: its status, its head (status line and headers) and its body. */
	public record Answer(int status, String head, String body) {

		public String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

	}

	public static Answer send(int port, String method, String target, Map<String, String> headers, String body) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder request = new StringBuilder(method).append(' ')
				.append(target)
				.append(" HTTP/1.1\r\nHost: localhost:")
				.append(port)
				.append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			String response = read(socket.getInputStream());
			int split = response.indexOf("\r\n\r\n");
			String head = (split >= 0) ? response.substring(0, split) : response;
			String rest = (split >= 0) ? response.substring(split + 4) : "";
			int status = Integer.parseInt(head.substring(9, 12));
			return new Answer(status, head, rest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target + " failed", ex);
		}
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
