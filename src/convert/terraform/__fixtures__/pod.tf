resource "kubernetes_pod_v1" "debug" {
  metadata {
    name = "debug"
  }
  spec {
    security_context {
      run_as_user     = "1000"
      run_as_non_root = true
      fs_group        = "2000"
    }
    container {
      name  = "app"
      image = "nginx:1.27"
      port {
        name           = "http"
        container_port = 8080
      }
      readiness_probe {
        http_get {
          path = "/healthz"
          port = "http"
        }
        period_seconds = 5
      }
      liveness_probe {
        tcp_socket {
          port = "8080"
        }
      }
      resources {
        requests = {
          cpu    = "100m"
          memory = "64Mi"
        }
        limits = {
          memory = "128Mi"
        }
      }
    }
  }
}

resource "kubernetes_pod" "legacy" {
  metadata {
    name = "legacy-pod"
  }
  spec {
    container {
      name  = "app"
      image = "busybox:1.36"
    }
  }
}
