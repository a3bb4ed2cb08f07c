resource "kubernetes_manifest" "web" {
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name = "web"
      annotations = {
        "kubectl.kubernetes.io/default-container" = "app"
      }
    }
    spec = {
      replicas = 2
      selector = {
        matchLabels = {
          app = "web"
        }
      }
      template = {
        metadata = {
          labels = {
            app = "web"
          }
        }
        spec = {
          containers = [
            {
              name    = "app"
              image   = "nginx:1.27"
              command = ["sh", "-c", "echo $${HOME} and %%{x}"]
            },
          ]
        }
      }
    }
  }
}

resource "kubernetes_manifest" "settings" {
  field_manager {
    name = "podsmith"
  }
  manifest = yamldecode(<<-EOT
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: settings
    data:
      level: "debug"
  EOT
  )
}
