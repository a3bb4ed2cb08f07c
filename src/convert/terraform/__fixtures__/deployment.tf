# A Deployment with a native sidecar, as provider 3.x writes it.
resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
    labels = {
      "app.kubernetes.io/name" = "web"
    }
  }
  wait_for_rollout = false
  spec {
    replicas = "2"
    selector {
      match_labels = {
        "app.kubernetes.io/name" = "web"
      }
    }
    strategy {
      type = "RollingUpdate"
      rolling_update {
        max_surge       = "25%"
        max_unavailable = "0"
      }
    }
    template {
      metadata {
        labels = {
          "app.kubernetes.io/name" = "web"
        }
      }
      spec {
        init_container {
          name           = "log-shipper"
          image          = "fluent/fluent-bit:3.1"
          restart_policy = "Always"
          volume_mount {
            name       = "logs"
            mount_path = "/var/log/app"
            read_only  = true
          }
        }
        container {
          name  = "app"
          image = "nginx:1.27"
          port {
            name           = "http"
            container_port = 80
          }
          env {
            name  = "GREETING"
            value = "hello $${USER}"
          }
          volume_mount {
            name       = "logs"
            mount_path = "/var/log/nginx"
          }
          volume_mount {
            name       = "config"
            mount_path = "/etc/nginx/conf.d"
          }
        }
        volume {
          name = "logs"
          empty_dir {}
        }
        volume {
          name = "config"
          config_map {
            name         = "web-config"
            default_mode = "0644"
            items {
              key  = "default.conf"
              path = "default.conf"
              mode = "0600"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment" "legacy" {
  metadata {
    name = "legacy"
  }
  spec {
    selector {
      match_labels = {
        app = "legacy"
      }
    }
    template {
      metadata {
        labels = {
          app = "legacy"
        }
      }
      spec {
        container {
          name  = "app"
          image = "busybox:1.36"
        }
      }
    }
  }
}
