/** The Kubernetes-aware detectors (category `secret-manifest`), in the order they run. */
import type { Scanner } from '../scanner.js';
/** Every manifest detector. Each is stateless, so the same objects serve every scan. */
export declare function k8sScanners(): Scanner[];
