resource "kubernetes_daemon_set_v1" "agent" {
  metadata {
    name = "agent"
  }
  spec {
    selector {
      match_labels = {
        app = "agent"
      }
    }
    strategy {
      type = "RollingUpdate"
      rolling_update {
        max_unavailable = "1"
      }
    }
    template {
      metadata {
        labels = {
          app = "agent"
        }
      }
      spec {
        host_pid     = true
        host_network = true
        toleration {
          operator = "Exists"
          effect   = "NoSchedule"
        }
        container {
          name  = "node-exporter"
          image = "prom/node-exporter:v1.8.2"
          security_context {
            run_as_user = "65534"
            capabilities {
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_daemonset" "legacy" {
  metadata {
    name = "legacy-agent"
  }
  spec {
    selector {
      match_labels = {
        app = "legacy-agent"
      }
    }
    template {
      metadata {
        labels = {
          app = "legacy-agent"
        }
      }
      spec {
        container {
          name  = "agent"
          image = "busybox:1.36"
        }
      }
    }
  }
}
