import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A plain folder of files that any static host can serve: no server code, no rewrites.
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
