import type { NextConfig } from "next";
import { contentBuildId } from "./lib/build/build-id";

const nextConfig: NextConfig = {
  // A plain folder of files that any static host can serve: no server code, no rewrites.
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Next's default build id is random, which alone makes every out/ differ; derive it from the inputs instead.
  generateBuildId: () => contentBuildId(process.cwd()),
};

export default nextConfig;
