import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app calls /graphql on its own origin; in development and preview that path (HTTP and
// WebSocket) is proxied to the router. ROUTER_URL: the router's base URL. Default: http://localhost:4000.
// The Host header passes unchanged: the router picks the site (sites/<id>/site.json domains) by it.
const router = process.env.ROUTER_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: router, ws: true, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { port: Number(process.env.WEB_PORT ?? 5173), proxy },
  preview: { port: Number(process.env.WEB_PORT ?? 4173), proxy },
});
